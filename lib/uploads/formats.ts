// What an upload may be, shared by the server's checks and the browser's file picker (no imports,
// so the client bundle stays free of the readers).

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export const UPLOAD_FORMATS = ["txt", "docx", "pdf"] as const;
export type UploadFormat = (typeof UPLOAD_FORMATS)[number];

export const UPLOAD_ACCEPT = ".txt,.docx,.pdf,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export function uploadFormatOf(fileName: string): UploadFormat | null {
  const extension = /\.([^.]+)$/.exec(fileName.toLowerCase())?.[1];
  return UPLOAD_FORMATS.find((format) => format === extension) ?? null;
}
