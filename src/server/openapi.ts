// The server's routes as an OpenAPI 3.1 document, served at /openapi.json. Its schemas are
// JSON Schema 2020-12 (3.1's dialect); the tests check every route is here and validate real
// responses against them. Event and document objects are the report's (contract/CONTRACT.md).
import { FORMATS } from "../report/formats.ts";
import { MAX_PER_PAGE, MEASURES, PER_PAGE, SORTS, STATUSES } from "./event-query.ts";

const json = (schema: object) => ({ "application/json": { schema } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const error = (description: string) => ({ description, content: json(ref("Error")) });
const idParam = (description: string) => ({ name: "id", in: "path", required: true, description, schema: { type: "string" } });
const html = (description: string) => ({ description, content: { "text/html": { schema: { type: "string" } } } });

const filters = [
  { name: "q", in: "query", description: "Full-text search over titles, places, actors and the reports' text (every word must match).", schema: { type: "string" } },
  { name: "country", in: "query", description: "ISO 3166-1 alpha-2 code of a place of the event.", schema: { type: "string", pattern: "^[A-Za-z]{2}$" } },
  { name: "from", in: "query", description: "Events that end on or after this day.", schema: { type: "string", format: "date" } },
  { name: "to", in: "query", description: "Events that start on or before this day.", schema: { type: "string", format: "date" } },
  { name: "measure", in: "query", description: "Events with a figure of this measure.", schema: { enum: MEASURES } },
  { name: "status", in: "query", description: "Events with a figure of this status.", schema: { enum: STATUSES } },
  { name: "outlet", in: "query", description: "Events with a report from an outlet whose name contains this (any case).", schema: { type: "string" } },
];
const paging = [
  { name: "sort", in: "query", description: "newest (default), oldest, toll (most killed), sources (most independent sources), relevance (default with q).", schema: { enum: SORTS } },
  { name: "page", in: "query", schema: { type: "integer", minimum: 1, default: 1 } },
  { name: "per", in: "query", schema: { type: "integer", minimum: 1, maximum: MAX_PER_PAGE, default: PER_PAGE } },
];

export const OPENAPI = {
  openapi: "3.1.0",
  info: {
    title: "crosscheck",
    version: "0.1.0",
    description: "One sourced, reconciled account per event, from a store of news reports. Event ids are `e-` + the id of the event's earliest report: they hold as reports arrive.",
  },
  paths: {
    "/": { get: { summary: "The events list page (same parameters as GET /api/events)", parameters: [...filters, ...paging], responses: { "200": html("The page"), "400": html("A parameter is wrong: the page says which") } } },
    "/events/{id}": { get: { summary: "One event's page", parameters: [idParam("Event id")], responses: { "200": html("The page"), "404": html("No such event") } } },
    "/documents/{id}": { get: { summary: "One document's page", parameters: [idParam("Document id")], responses: { "200": html("The page"), "404": html("No such document, or not in the report") } } },
    "/openapi.json": { get: { summary: "This document", responses: { "200": { description: "OpenAPI 3.1", content: json({ type: "object" }) } } } },
    "/api/changes": {
      get: {
        summary: "What each stored run changed against the one before (src/runs/changes.ts), newest last, at most the latest 500",
        parameters: [{ name: "since", in: "query", required: false, description: "only runs after this time (ISO 8601)", schema: { type: "string" } }],
        responses: {
          "200": { description: "The changes", content: json({ type: "object", required: ["changes"], properties: { since: { type: ["string", "null"] }, changes: { type: "array", items: { type: "object" } } } }) },
          "400": { description: "since is no date", content: json(ref("Error")) },
        },
      },
    },
    "/changes.atom": {
      get: {
        summary: "The same changes as an Atom feed, newest first, each entry linking to its event's page",
        parameters: [{ name: "since", in: "query", required: false, description: "only runs after this time (ISO 8601)", schema: { type: "string" } }],
        responses: { "200": { description: "An Atom feed", content: { "application/atom+xml": { schema: { type: "string" } } } }, "400": { description: "since is no date", content: json(ref("Error")) } },
      },
    },
    "/api/report": { get: { summary: "The whole JSON report (contract/CONTRACT.md)", responses: { "200": { description: "The report", content: json(ref("Report")) } } } },
    "/api/events": {
      get: {
        summary: "Events: search, filters, sort and paging",
        parameters: [...filters, ...paging],
        responses: { "200": { description: "One page of events", content: json(ref("EventPage")) }, "400": error("A parameter is wrong") },
      },
    },
    "/api/events/{id}": {
      get: {
        summary: "One event with its figures, statements, claims and documents",
        parameters: [idParam("Event id")],
        responses: { "200": { description: "The event", content: json(ref("EventDetail")) }, "404": error("No such event") },
      },
    },
    "/api/documents": {
      get: { summary: "Every stored document (newest version), without text", responses: { "200": { description: "The documents", content: json(ref("DocumentList")) } } },
      post: {
        summary: "Store one article (the JSONL shape)",
        requestBody: { required: true, content: json(ref("ArticleInput")) },
        responses: {
          "200": { description: "Already stored, unchanged", content: json(ref("PutResult")) },
          "201": { description: "Added, or a new version", content: json(ref("PutResult")) },
          "400": error("The body is not a usable article"),
          "413": error("The body is over 10 MB"),
        },
      },
    },
    "/api/documents/{id}": {
      get: {
        summary: "One document: cleaned text, what was removed, its statements, lineage and stored versions",
        parameters: [idParam("Document id")],
        responses: { "200": { description: "The document", content: json(ref("DocumentDetail")) }, "404": error("No such document, or not in the report") },
      },
    },
    "/api/export/{format}": {
      get: {
        summary: "The events the filters choose, in an export format (docs/exports.md)",
        parameters: [{ name: "format", in: "path", required: true, schema: { enum: FORMATS } }, ...filters],
        responses: {
          "200": {
            description: "The export, as an attachment",
            content: { "text/csv": { schema: { type: "string" } }, "application/geo+json": { schema: { type: "object" } }, "application/json": { schema: ref("Report") }, "text/markdown": { schema: { type: "string" } }, "text/html": { schema: { type: "string" } } },
          },
          "400": error("A filter is wrong"),
          "404": error("No such format"),
        },
      },
    },
  },
  components: {
    schemas: {
      Error: { type: "object", required: ["error"], properties: { error: { type: "string", description: "What is wrong, in a sentence" } } },
      Event: {
        type: "object",
        required: ["id", "title", "documents", "start", "end", "places", "actors", "figures", "assertions"],
        properties: {
          id: { type: "string", pattern: "^e-" },
          title: { type: "string" },
          documents: { type: "array", items: { type: "string" } },
          start: { type: ["string", "null"] },
          end: { type: ["string", "null"] },
          places: { type: "array", items: { type: "object", required: ["name", "country", "lat", "lon"] } },
          actors: { type: "array", items: { type: "object", required: ["name", "kind"] } },
          figures: { type: "array", items: ref("Figure") },
          assertions: { type: "array", items: { type: "object", required: ["claim", "by", "disputedBy", "documents"] } },
        },
      },
      Figure: {
        type: "object",
        required: ["measure", "group", "best", "low", "high", "status", "sources", "statements"],
        properties: {
          measure: { enum: MEASURES },
          best: { type: "number" },
          status: { enum: STATUSES },
          statements: { type: "array", items: ref("Statement") },
        },
      },
      Statement: {
        type: "object",
        required: ["document", "measure", "group", "value", "qualifier", "quote", "start", "end"],
        properties: { document: { type: "string" }, value: { type: "number" }, quote: { type: "string" }, start: { type: "integer" }, end: { type: "integer" } },
      },
      DocumentSummary: {
        type: "object",
        required: ["id", "page"],
        properties: { id: { type: "string" }, title: { type: ["string", "null"] }, outlet: { type: ["string", "null"] }, published: { type: ["string", "null"] }, page: { type: "string" } },
      },
      Report: { type: "object", required: ["version", "generatedAt", "documents", "lineage", "events", "problems"], properties: { events: { type: "array", items: ref("Event") } } },
      EventPage: {
        type: "object",
        required: ["generatedAt", "total", "page", "per", "pages", "events"],
        properties: { generatedAt: { type: "string" }, total: { type: "integer" }, page: { type: "integer" }, per: { type: "integer" }, pages: { type: "integer" }, events: { type: "array", items: ref("Event") } },
      },
      EventDetail: { type: "object", required: ["generatedAt", "event", "documents"], properties: { event: ref("Event"), documents: { type: "array", items: ref("DocumentSummary") } } },
      DocumentDetail: {
        type: "object",
        required: ["document", "event", "statements", "lineage", "family", "versions"],
        properties: {
          document: { type: "object", required: ["id", "text", "removed", "messages"] },
          event: { type: ["string", "null"] },
          statements: { type: "array", items: ref("Statement") },
          lineage: { type: "array" },
          family: { type: ["object", "null"] },
          versions: { type: "array", items: { type: "object", required: ["version", "sha", "ingestedAt"] } },
        },
      },
      DocumentList: { type: "object", required: ["documents"], properties: { documents: { type: "array", items: { type: "object", required: ["id", "version", "sha"] } } } },
      ArticleInput: {
        type: "object",
        properties: { id: { type: ["string", "number"] }, text: { type: "string" }, html: { type: "string" }, url: { type: "string" }, published: { type: "string" }, outlet: { type: "string" }, title: { type: "string" } },
      },
      PutResult: { type: "object", required: ["id", "status", "version", "sha", "page"], properties: { status: { enum: ["added", "version", "unchanged"] } } },
    },
  },
} as const;
