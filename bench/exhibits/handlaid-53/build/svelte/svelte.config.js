import adapter from '@sveltejs/adapter-static';
export default {
  kit: {
    adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined }),
    paths: { relative: true },
    prerender: { handleHttpError: 'ignore', crawl: false, entries: ['/'] }
  }
};
