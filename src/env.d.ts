/** Values the build defines (src/integrations/build-env.ts). */
interface ImportMetaEnv {
	/** True under `astro build`: per-notice files are rendered in packs. */
	readonly SITE_BUILD: boolean;
	/** Astro's cache folder as a file URL, ending in `/`. */
	readonly CACHE_DIR: string;
}
