/** Product name and version, kept in one place so app.info, backups and printouts agree. */
export const APP_NAME = 'EAP Desk';
export const APP_VERSION = '0.1.0';
