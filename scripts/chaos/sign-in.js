/**
 * Signing a simulated agent in, over the same REST API the console's sign-in form uses.
 */

/**
 * Signs in over HTTP, as the console's sign-in form does, and returns the session cookie.
 * @param {string} url
 * @param {string} email
 * @param {string} password
 */
export async function signIn(url, email, password) {
  const response = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const cookie = response.headers.get('set-cookie');
  if (!response.ok || cookie === null) throw new Error(`${email} could not sign in: ${response.status}`);
  return cookie.split(';')[0] ?? '';
}
