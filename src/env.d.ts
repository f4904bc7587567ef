/** Values the build defines (src/integrations/keep-outputs.ts). */
interface ImportMetaEnv {
	/** True under `astro build`: per-notice files are rendered in packs and unpacked at the end. */
	readonly PACK_NOTICE_FILES: boolean;
}
