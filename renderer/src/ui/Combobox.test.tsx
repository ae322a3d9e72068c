import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { matchesQuery } from '../lib/match-text';
import i18next from 'i18next';
import { catalogs } from '../../../shared/i18n/index';
import { Combobox, visibleOptions, type ComboOption } from './Combobox';
import { toggleValue } from './Fieldset';

const agencies: ComboOption[] = [
  { value: '1', label: '臺北市政府', detail: '379000000A' },
  { value: '2', label: '社會局', detail: '379010000A', depth: 1 },
  { value: '3', label: '社會福利中心', detail: '379010100A', depth: 2, inactive: true },
  { value: '4', label: 'Department of Labor', detail: 'LAB' },
];

describe('pick-list matching', () => {
  it('finds 社會局 by 社會, anywhere in the label, and by its code', () => {
    expect(visibleOptions(agencies, null, '社會').map((o) => o.value)).toEqual(['2']);
    expect(visibleOptions(agencies, null, '會局').map((o) => o.value)).toEqual(['2']);
    expect(visibleOptions(agencies, null, '379010000').map((o) => o.value)).toEqual(['2']);
  });

  it('folds 台/臺, case, width and spaces', () => {
    expect(matchesQuery('臺北市政府', '台北')).toBe(true);
    expect(matchesQuery('Department of Labor', 'ＬＡＢＯＲ')).toBe(true);
    expect(matchesQuery('Department of Labor', 'of lab')).toBe(true);
    expect(matchesQuery('社會局', '')).toBe(true);
  });

  it('offers a deactivated value only where it is already on the record', () => {
    expect(visibleOptions(agencies, null, '').map((o) => o.value)).toEqual(['1', '2', '4']);
    expect(visibleOptions(agencies, '3', '').map((o) => o.value)).toEqual(['1', '2', '3', '4']);
  });

  it('leaves filtering to the owner for async lists', () => {
    expect(visibleOptions(agencies, null, 'zzz', false)).toHaveLength(3);
  });
});

describe('Combobox markup', () => {
  it('is an ARIA combobox tied to its listbox, labelled, with the current value shown', () => {
    const i18n = i18next.createInstance();
    void i18n.init({
      resources: { 'zh-TW': { translation: catalogs['zh-TW'] } },
      lng: 'zh-TW',
      keySeparator: false,
      nsSeparator: false,
      initAsync: false,
    });
    const html = renderToStaticMarkup(
      <I18nextProvider i18n={i18n}>
        <Combobox
          label="服務機關"
          options={agencies}
          value="2"
          onChange={() => undefined}
          required
          requiredMark="（必填）"
        />
      </I18nextProvider>,
    );
    expect(html).toContain('role="combobox"');
    expect(html).toContain('aria-expanded="false"');
    expect(html).toContain('aria-autocomplete="list"');
    expect(html).toMatch(/aria-controls="([^"]+)"[\s\S]*id="\1"[^>]*role="listbox"/);
    expect(html).toContain('value="社會局"');
    expect(html).toContain('aria-required="true"');
    expect(html).toContain('（必填）');
  });
});

describe('toggleValue', () => {
  it('adds and removes, keeping the order people see', () => {
    const order = ['work', 'life', 'health'];
    expect(toggleValue(['health'], 'work', true, order)).toEqual(['work', 'health']);
    expect(toggleValue(['work', 'health'], 'work', false, order)).toEqual(['health']);
    expect(toggleValue(['work'], 'work', true, order)).toEqual(['work']);
  });
});
