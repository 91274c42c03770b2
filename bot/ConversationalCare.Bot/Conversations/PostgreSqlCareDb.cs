using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Bot.Conversations;

/// <summary>
/// Conversations, accounts and keys in PostgreSQL (schema <c>public</c>; the knowledge base keeps its own schema in
/// the same database). DateTimeOffset is native timestamptz, so times compare and order in the database as they are.
/// </summary>
public sealed class PostgreSqlCareDb(DbContextOptions<PostgreSqlCareDb> options) : CareDb(options);
