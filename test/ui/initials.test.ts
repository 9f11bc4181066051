import { describe, expect, it } from 'vitest';
import { initials } from '../../src/ui/initials.ts';

describe('initials', () => {
  it('takes the capital initials of up to two Latin words', () => {
    expect(initials('Karim')).toBe('K');
    expect(initials('Mme Berrada')).toBe('MB');
    expect(initials('Nox_77')).toBe('N');
    expect(initials('Team Comète 🎮')).toBe('TC');
  });

  it('takes the first two letters of an Arabic name, never a lone alif', () => {
    expect(initials('سارة')).toBe('سا');
    expect(initials('أنس')).toBe('أن');
    expect(initials('إلياس')).toBe('إل');
    expect(initials('آدم')).toBe('آد');
    expect(initials('مدام برادة')).toBe('مد');
    expect(initials('الفايقين 👁️')).toBe('فا');
    expect(initials('ال')).toBe('ال');
  });

  it('never mixes scripts: the script the name starts with wins', () => {
    expect(initials('سلمى S.')).toBe('سل');
    expect(initials('Vortex · ذئاب')).toBe('V');
    expect(initials('Vذ')).toBe('V');
    expect(initials('سS')).toBe('س');
  });

  it('falls back to the first character of a name without letters', () => {
    expect(initials('🐺')).toBe('🐺');
  });
});
