// The gentle "time's up" sound: two soft, short sine tones made with WebAudio (no file to load).
// Browsers let a page play sound only after the person has interacted with it, so the audio
// context is created on the first press or key press, and a chime before that is skipped.

type AudioContextClass = typeof AudioContext;

let context: AudioContext | null = null;
let armed = false;

function audioContextClass(): AudioContextClass | null {
  if (typeof window === 'undefined') return null;
  const scope = window as unknown as {
    AudioContext?: AudioContextClass;
    webkitAudioContext?: AudioContextClass;
  };
  return scope.AudioContext ?? scope.webkitAudioContext ?? null;
}

/** Prepares the chime on the first interaction with the page (once per page). */
export function armChime(): void {
  if (armed || typeof window === 'undefined') return;
  armed = true;
  const unlock = () => {
    window.removeEventListener('pointerdown', unlock, true);
    window.removeEventListener('keydown', unlock, true);
    const Context = audioContextClass();
    if (!Context) return;
    try {
      context ??= new Context();
      if (context.state === 'suspended') void context.resume().catch(() => undefined);
    } catch {
      context = null; // no audio on this device: the visual signal remains
    }
  };
  window.addEventListener('pointerdown', unlock, true);
  window.addEventListener('keydown', unlock, true);
}

const TONES: readonly { frequency: number; delay: number }[] = [
  { frequency: 784, delay: 0 }, // G5
  { frequency: 1047, delay: 0.22 }, // C6
];
const PEAK_GAIN = 0.08;
const TONE_SECONDS = 1.1;

/** Plays the chime; false when sound is not available yet (no interaction, no audio). */
export function playChime(): boolean {
  if (!context || context.state !== 'running') return false;
  const start = context.currentTime + 0.02;
  for (const tone of TONES) {
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = tone.frequency;
    const at = start + tone.delay;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(PEAK_GAIN, at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + TONE_SECONDS);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(at);
    oscillator.stop(at + TONE_SECONDS + 0.05);
  }
  return true;
}
