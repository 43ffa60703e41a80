// "Open the export dialog" from the header button or the shortcut, without sharing state: the
// dialog lives with the canvas, the button in the page header.
import { useEffect, useRef } from 'react';

const requests = new EventTarget();

export function requestExportDialog(): void {
  requests.dispatchEvent(new Event('open'));
}

export function useExportDialogRequests(onOpen: () => void): void {
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
