import adapter from '@sveltejs/adapter-static';
export default {
  kit: {
    adapter: adapter({ pages: 'out', assets: 'out', fallback: undefined, strict: true }),
    paths: { relative: true },
    prerender: { handleHttpError: 'warn' }
  }
};
