/** Values the build defines (src/integrations/build-env.ts). */
interface ImportMetaEnv {
	/** True under `astro build`: per-notice files are rendered in packs, comparisons in workers. */
	readonly SITE_BUILD: boolean;
	/** The project root as a file URL, ending in `/`. */
	readonly PROJECT_ROOT: string;
	/** Astro's cache folder as a file URL, ending in `/`. */
	readonly CACHE_DIR: string;
}
