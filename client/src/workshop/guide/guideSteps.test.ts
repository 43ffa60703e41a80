import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../i18n/messages';
import { GUIDE_STEPS } from './guideSteps';

describe('the first-visit guide', () => {
  it('has every step’s words, and its touch-screen words, in both languages', () => {
    for (const steps of Object.values(GUIDE_STEPS))
      for (const step of steps)
        for (const key of [step.title, step.body, step.touch].filter((k) => k !== undefined))
          for (const messages of Object.values(MESSAGES)) expect(messages[key], key).toBeTruthy();
  });

  it('never speaks of clicks, keys or the wheel on a touch screen', () => {
    for (const steps of Object.values(GUIDE_STEPS))
      for (const step of steps) {
        const said = step.touch ?? step.body;
        for (const messages of Object.values(MESSAGES))
          expect(messages[said], said).not.toMatch(
            /クリック|Ctrl|Shift|ホイール|\bclick|\bwheel|Scroll|Press \?/i,
          );
      }
  });
});
