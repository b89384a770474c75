// GET /api/v1/openapi.json – the OpenAPI 3.1 description of /api/v1 (public: it describes the interface, holds no data)
import { buildOpenApiDocument } from "@/lib/api/openapi";

export const dynamic = "force-static";

export function GET() {
  return Response.json(buildOpenApiDocument());
}
