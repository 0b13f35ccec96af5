/** Only web and mail links leave the app, and only to the OS browser or mail client. */
export function isSafeExternalUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return (
      (url.protocol === 'https:' || url.protocol === 'mailto:') && url.username === '' && url.password === ''
    );
  } catch {
    return false;
  }
}
