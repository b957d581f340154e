import { decodeBase64Json } from './_base64-json';
import { defineSecretRule } from '../rule';

/**
 * Mapbox secret tokens: `sk.`, base64 JSON naming the user (`{"u":…}`), `.`, 22 characters.
 * The JSON is decoded to confirm it. Public `pk.` tokens are meant to ship in clients.
 */
export default defineSecretRule({
  id: 'mapbox-secret-token',
  provider: 'Mapbox',
  description: 'Mapbox secret access token',
  keywords: ['sk.eyj1ijoi'],
  pattern: /\b(?<secret>sk\.eyJ1Ijoi[A-Za-z0-9_-]{10,4096}\.[A-Za-z0-9_-]{22})(?![A-Za-z0-9_-])/,
  validate: (secret) => typeof decodeBase64Json(secret.split('.')[1])?.u === 'string',
});
