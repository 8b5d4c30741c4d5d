/** The custom scalars of the schema (src/graphql/schema/scalars.graphql), as graphql-scalars implements them. */
import { DateTimeResolver, JSONResolver, LocalDateResolver } from 'graphql-scalars';

export const scalars = { DateTime: DateTimeResolver, LocalDate: LocalDateResolver, JSON: JSONResolver };
