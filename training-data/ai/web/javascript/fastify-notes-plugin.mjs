// fastify-notes-plugin.mjs
// A Fastify plugin that exposes a small CRUD API for notes.
// Validation is done with Fastify's built-in JSON Schema support, and the
// storage is a simple in-memory Map so the example stays self-contained.

import Fastify from "fastify";
import { randomUUID } from "node:crypto";

// JSON schema for the body of POST /notes and PUT /notes/:id.
// additionalProperties: false makes Fastify strip unknown fields.
const noteBodySchema = {
  type: "object",
  required: ["title"],
  additionalProperties: false,
  properties: {
    title: { type: "string", minLength: 1, maxLength: 200 },
    body: { type: "string", maxLength: 10000, default: "" },
    tags: { type: "array", items: { type: "string" }, maxItems: 10, default: [] },
  },
};

// Schema for the ":id" path parameter.
const idParamsSchema = {
  type: "object",
  properties: { id: { type: "string", format: "uuid" } },
};

/**
 * The plugin itself. Register it with a prefix, e.g.
 *   app.register(notesPlugin, { prefix: "/api" })
 */
export default async function notesPlugin(fastify, options) {
  // Allow a store to be passed in (handy for tests); default to a fresh Map.
  const notes = options.store ?? new Map();

  // List notes, optionally filtered by tag: GET /notes?tag=work
  fastify.get("/notes", {
    schema: {
      querystring: {
        type: "object",
        properties: { tag: { type: "string" } },
      },
    },
  }, async (request) => {
    const { tag } = request.query;
    const all = [...notes.values()];
    // Newest first so the most recent notes show up at the top.
    all.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    return tag ? all.filter((note) => note.tags.includes(tag)) : all;
  });

  // Fetch a single note by id.
  fastify.get("/notes/:id", { schema: { params: idParamsSchema } }, async (request, reply) => {
    const note = notes.get(request.params.id);
    if (!note) {
      return reply.code(404).send({ error: "Note not found" });
    }
    return note;
  });

  // Create a note. Fastify has already validated the body against the schema.
  fastify.post("/notes", { schema: { body: noteBodySchema } }, async (request, reply) => {
    const now = new Date().toISOString();
    const note = { id: randomUUID(), ...request.body, createdAt: now, updatedAt: now };
    notes.set(note.id, note);
    // 201 Created plus a Location header pointing at the new resource.
    return reply.code(201).header("Location", `${request.url}/${note.id}`).send(note);
  });

  // Replace a note's editable fields, keeping id and createdAt.
  fastify.put("/notes/:id", {
    schema: { params: idParamsSchema, body: noteBodySchema },
  }, async (request, reply) => {
    const existing = notes.get(request.params.id);
    if (!existing) {
      return reply.code(404).send({ error: "Note not found" });
    }
    const updated = {
      ...existing,
      ...request.body,
      updatedAt: new Date().toISOString(),
    };
    notes.set(updated.id, updated);
    return updated;
  });

  // Delete a note; 204 No Content on success.
  fastify.delete("/notes/:id", { schema: { params: idParamsSchema } }, async (request, reply) => {
    if (!notes.delete(request.params.id)) {
      return reply.code(404).send({ error: "Note not found" });
    }
    return reply.code(204).send();
  });
}

// --- Example usage -----------------------------------------------------------
// Start a server when this file is executed directly:
//   node fastify-notes-plugin.mjs
//   curl -X POST localhost:3000/api/notes -H 'content-type: application/json' \
//        -d '{"title":"Buy milk","tags":["home"]}'
if (import.meta.url === `file://${process.argv[1]}`) {
  const app = Fastify({ logger: true });
  app.register(notesPlugin, { prefix: "/api" });

  try {
    await app.listen({ port: Number(process.env.PORT) || 3000, host: "0.0.0.0" });
  } catch (err) {
    app.log.error(err);
    process.exit(1);
  }
}
