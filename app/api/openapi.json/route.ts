import { env } from "@/env";
import { json, publicRoute } from "@/server/http/declare-route";
import { openApiDocument } from "@/server/openapi/document";
import { API_ROUTES } from "./catalog";

// Public: the API's description, for client generators and the reference page (/docs/api).
export const GET = publicRoute({}, async () => json(openApiDocument(API_ROUTES, env.APP_URL)));
