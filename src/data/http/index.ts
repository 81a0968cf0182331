// The HTTP data source: the kit's CrmDataSource over a service that speaks server/openapi.json.
export { HttpCrmDataSource, createHttpCrmDataSource, type HttpCrmDataSourceOptions, type StreamStatus, type TokenProvider } from './http-crm-data-source.js';
export { readEventStream, type ServerSentEvent } from './sse.js';
export { CrmError, type CrmDataSource, type CrmErrorCode, type IncomingOffer, type WorkItemChange, type CallOptions } from '../crm-data-source.js';
