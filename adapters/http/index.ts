export { createHttpServer, sendText, type HttpLog, type HttpMethod, type HttpServer, type HttpServerOptions, type Route } from './server.ts';
