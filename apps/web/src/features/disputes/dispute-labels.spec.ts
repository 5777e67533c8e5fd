import { describe, expect, it } from '@jest/globals';
import { buildStep, codeChange, textLabelFor } from './dispute-labels';

const draft = { text: '', referenceKind: '' as const, citation: '' };

describe('buildStep', () => {
  it('lets Agree go without a reason and sends no rationale', () => {
    expect(buildStep('agree', draft)).toEqual({ request: { action: 'agree', rationale: null, reference: null } });
  });

  it('stops Disagree, Escalate, Uphold and Overturn without text, naming the field the user sees', () => {
    expect(buildStep('dispute', { ...draft, text: '   ' })).toEqual({ error: 'Reason is required to disagree' });
    expect(buildStep('escalate', draft)).toEqual({ error: 'Reason is required to escalate' });
    expect(buildStep('overturn', draft)).toEqual({ error: 'Rationale is required to overturn' });
  });

  it('trims the text and sends a reference only when both kind and citation are given', () => {
    expect(buildStep('overturn', { text: ' no link ', referenceKind: 'guidelines', citation: ' I.C.4.a ' })).toEqual({
      request: { action: 'overturn', rationale: 'no link', reference: { kind: 'guidelines', citation: 'I.C.4.a' } },
    });
    expect(buildStep('uphold', { text: 'x', referenceKind: 'guidelines', citation: '' })).toEqual({
      request: { action: 'uphold', rationale: 'x', reference: null },
    });
  });
});

describe('labels', () => {
  it('calls the coder’s text a reason and the auditor’s or reviewer’s a rationale', () => {
    expect(textLabelFor(['agree', 'dispute'])).toBe('Reason');
    expect(textLabelFor(['escalate'])).toBe('Reason');
    expect(textLabelFor(['withdraw', 'uphold'])).toBe('Rationale');
    expect(textLabelFor(['uphold', 'overturn'])).toBe('Rationale');
  });

  it('shows a missing side of a code change as a dash', () => {
    expect(codeChange('E119', 'E1122', 'ICD10CM')).toBe('E11.9 → E11.22');
    expect(codeChange('0DTJ4ZZ', '0DTJ0ZZ', 'ICD10PCS')).toBe('0DTJ4ZZ → 0DTJ0ZZ');
    expect(codeChange(null, 'N179', 'ICD10CM')).toBe('— → N17.9');
  });
});
