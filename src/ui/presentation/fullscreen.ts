/** Asks for full screen within the user's click; refused or unsupported, the overlay fills the window instead. */
export function enterFullscreen(): void {
  const root = document.documentElement;
  if (document.fullscreenElement || !document.fullscreenEnabled || !root.requestFullscreen) return;
  root.requestFullscreen().catch(() => {});
}

export function leaveFullscreen(): void {
  if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
}
