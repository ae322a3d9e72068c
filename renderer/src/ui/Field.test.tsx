import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Field } from './Field';

// Static markup needs no DOM, and shows exactly the attributes assistive technology reads.
const render = (props: Omit<Parameters<typeof Field>[0], 'children'>) =>
  renderToStaticMarkup(<Field {...props}>{(c) => <input {...c} />}</Field>);

describe('Field', () => {
  it('labels the control and links description and error to it', () => {
    const html = render({ label: '晤談日期', description: '例如 114/03/05', error: '沒有這一天' });
    const id = /<input id="([^"]+)"/.exec(html)?.[1];
    expect(id).toBeTruthy();
    expect(html).toContain(`for="${id}"`);
    expect(html).toContain(`aria-describedby="${id}-description ${id}-error"`);
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain(`id="${id}-error"`);
  });

  it('marks nothing invalid and describes nothing when there is nothing to say', () => {
    const html = render({ label: '姓名' });
    expect(html).not.toContain('aria-invalid');
    expect(html).not.toContain('aria-describedby');
  });

  it('marks required fields for assistive technology and sight', () => {
    const html = render({ label: '姓名', required: true, requiredMark: '（必填）' });
    expect(html).toContain('aria-required="true"');
    expect(html).toContain('（必填）');
  });
});
