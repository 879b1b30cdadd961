/** The tool's identity, recorded in every RunResult and Report. */
export const TOOL_NAME = 'go-runtime-gate';
export const TOOL_VERSION = '0.1.0';
