export declare const CHROMIUM: string;
export declare const WEBUI_POPUPS: readonly string[];
export declare const CHROMIUM_ARGS: readonly string[];
