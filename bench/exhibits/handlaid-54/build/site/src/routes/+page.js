import exhibit from '$lib/exhibit.json';
export function load() {
  return { exhibit };
}
