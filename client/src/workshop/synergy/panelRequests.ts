// "Open the synergy panel" from elsewhere (the property bar's buttons), without sharing state.
import { useEffect, useRef } from 'react';

const requests = new EventTarget();

export function requestSynergyPanel(): void {
  requests.dispatchEvent(new Event('open'));
}

export function useSynergyPanelRequests(onOpen: () => void): void {
  const latest = useRef(onOpen);
  useEffect(() => {
    latest.current = onOpen;
  });
  useEffect(() => {
    const listener = () => latest.current();
    requests.addEventListener('open', listener);
    return () => requests.removeEventListener('open', listener);
  }, []);
}
