import { describe, expect, it } from 'vitest';
import {
  readDraft,
  sessionDraftKey,
  sessionForm,
  toRecordInput,
  type SessionValues,
} from './session-form';

const ID = '3f1c2f7e-8a4b-4c55-9d1e-0a1b2c3d4e5f';
const BASE: SessionValues = {
  date: '114/03/05',
  start: '10:00',
  end: '10:50',
  mode: 'inPerson',
  topics: [],
  riskLevel: 'general',
  nextStep: '',
  recordingRequested: false,
  recordingAgreed: false,
  note: '',
};

describe('session form', () => {
  it('needs a request before a recording is agreed', () => {
    const r = sessionForm.safeParse({ ...BASE, recordingAgreed: true });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('validation.recordingNotRequested');
  });

  it('sends the note only when something was written, untrimmed', () => {
    const empty = sessionForm.parse({ ...BASE, note: '   ' });
    expect(toRecordInput(ID, empty)).not.toHaveProperty('note');
    const written = sessionForm.parse({ ...BASE, note: ' 內容 \n' });
    expect(toRecordInput(ID, written).note).toBe(' 內容 \n');
    expect(toRecordInput(ID, written).date).toBe('2025-03-05');
  });

  it('keys drafts by appointment and restores only what it recognises', () => {
    expect(sessionDraftKey(ID)).toBe(`clinical.sessionNote:${ID}`);
    expect(readDraft('{"note":"草稿","mode":"fax","topics":[1,"t1"]}', BASE)).toEqual({
      ...BASE,
      note: '草稿',
      topics: ['t1'],
    });
    expect(readDraft('not json', BASE)).toBeNull();
    expect(readDraft(null, BASE)).toBeNull();
  });
});
