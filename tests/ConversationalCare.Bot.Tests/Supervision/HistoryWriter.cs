using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;

namespace ConversationalCare.Bot.Tests.Supervision;

/// <summary>
/// Writes a conversation history straight into a migrated care database with plain SQL (one transaction), in the
/// exact shapes EF Core stores: on SQLite upper-case GUID text and times as DateTimeOffset binary ticks, on PostgreSQL
/// uuid, timestamptz and text arrays. SQL names are quoted, which both read the same way.
/// The KPI tests use it for hand-computed histories and the KPI benchmark for 100,000 generated conversations.
/// </summary>
public sealed class HistoryWriter : IDisposable
{
    private static readonly Func<DateTimeOffset, long> Ticks = new DateTimeOffsetToBinaryConverter().ConvertToProviderExpression.Compile();
    private readonly bool _postgreSql;
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly Dictionary<string, DbCommand> _commands = [];
    // A conversation's row may follow its activities and handoffs (its last activity is known only then), and
    // PostgreSQL checks foreign keys per statement: rows of a conversation not written yet wait for it.
    private readonly HashSet<string> _conversations = [];
    private readonly Dictionary<string, List<(string Sql, object?[] Values)>> _waiting = [];

    /// <param name="postgreSql">Whether <paramref name="connectionString"/> is Npgsql's rather than SQLite's.</param>
    public HistoryWriter(string connectionString, bool postgreSql = false)
    {
        _postgreSql = postgreSql;
        _connection = postgreSql ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
        _connection.Open();
        _transaction = _connection.BeginTransaction();
    }

    /// <summary>A time as this database stores it, for <see cref="Sql"/> parameters.</summary>
    public object Time(DateTimeOffset at) => _postgreSql ? at.ToUniversalTime() : Ticks(at);
    private object Time(DateTimeOffset? at) => at is { } value ? Time(value) : DBNull.Value;
    /// <summary>An id as this database stores it, for <see cref="Sql"/> parameters.</summary>
    public object Id(Guid id) => _postgreSql ? id : id.ToString().ToUpperInvariant();

    public Guid Customer(string channelUserId, DateTimeOffset firstSeen, string channel = "directline", string? name = null)
    {
        var id = Guid.NewGuid();
        Run("""INSERT INTO "Customers" ("Id", "ChannelId", "ChannelUserId", "Name", "Locale", "FirstSeenAt", "LastSeenAt", "Tier") VALUES ($1,$2,$3,$4,NULL,$5,$6,'standard')""",
            Id(id), channel, channelUserId, name, Time(firstSeen), Time(firstSeen));
        return id;
    }

    public void Conversation(string id, Guid customer, DateTimeOffset startedAt, DateTimeOffset lastActivityAt, string locale = "en-US",
        string channel = "directline", string? externalId = null)
    {
        Run("""INSERT INTO "Conversations" ("Id", "ChannelId", "ExternalId", "CustomerId", "Status", "Locale", "LastSequence", "StartedAt", "LastActivityAt") VALUES ($1,$2,$3,$4,'Active',$5,0,$6,$7)""",
            id, channel, externalId, Id(customer), locale, Time(startedAt), Time(lastActivityAt));
        _conversations.Add(id);
        if (_waiting.Remove(id, out var rows))
            foreach (var (sql, values) in rows) Run(sql, values);
    }

    /// <summary>A message (or other activity) from "user", "bot" or "agent"; customer messages carry their intent.</summary>
    public void Activity(string conversationId, long sequence, string fromRole, DateTimeOffset at, string? intent = null, string type = "message",
        string? text = null) =>
        RunForConversation(conversationId, """INSERT INTO "Activities" ("ConversationId", "Sequence", "ActivityId", "Type", "FromRole", "Text", "Json", "Timestamp", "Intent") VALUES ($1,$2,$3,$4,$5,$6,'{}',$7,$8)""",
            conversationId, sequence, $"{conversationId}|{sequence:D7}", type, fromRole, text ?? (type == "message" ? "…" : null), Time(at), intent);

    public void Handoff(HandoffRow h) =>
        RunForConversation(h.ConversationId, """
            INSERT INTO "Handoffs" ("Id", "ConversationId", "CustomerId", "Status", "Rule", "ReasonDetail", "Priority", "Team", "Locale", "RequestedAt", "QueuedAt",
              "FirstResponseDueAt", "Owner", "ClaimedAt", "FirstAgentReplyAt", "SlaBreachedAt", "ClosedAt", "TransferCount", "CsatScore", "CsatAskedAt", "Version")
            VALUES ($1,$2,$3,$4,$5,'',2,$6,'en-US',$7,NULL,$8,$9,$10,$11,$12,$13,$14,$15,$16,1)
            """,
            Id(h.Id), h.ConversationId, Id(h.CustomerId), h.Status, h.Rule, h.Team, Time(h.RequestedAt), Time(h.RequestedAt.AddMinutes(3)),
            h.Owner, Time(h.ClaimedAt), Time(h.FirstAgentReplyAt), Time(h.SlaBreachedAt), Time(h.ClosedAt), h.Transfers,
            h.CsatScore is { } score ? score : DBNull.Value, Time(h.CsatAskedAt));

    public void Event(Guid handoffId, string conversationId, string kind, string? actor, DateTimeOffset at) =>
        Run("""INSERT INTO "HandoffEvents" ("HandoffId", "ConversationId", "Kind", "Actor", "Detail", "At") VALUES ($1,$2,$3,$4,NULL,$5)""",
            Id(handoffId), conversationId, kind, actor, Time(at));

    public void Agent(string userName, int capacity, DateTimeOffset now) =>
        Run("""
            INSERT INTO "Agents" ("UserName", "DisplayName", "Teams", "Languages", "Capacity", "Status", "StatusChangedAt") VALUES ($1,$2,$3,$4,$5,'Offline',$6)
            ON CONFLICT ("UserName") DO UPDATE SET "Teams" = excluded."Teams", "Capacity" = excluded."Capacity", "StatusChangedAt" = excluded."StatusChangedAt"
            """,
            userName, userName, List("general"), List(), capacity, Time(now));

    /// <summary>Any other change, such as a handoff the desk updates later: quoted names, values as <c>$1</c>, <c>$2</c>….</summary>
    public void Sql(string sql, params object?[] values) => Run(sql, values);

    public void Commit()
    {
        if (_waiting.Count > 0) throw new InvalidOperationException($"No conversation row for {string.Join(", ", _waiting.Keys)}.");
        // Ids written explicitly do not move PostgreSQL's identity sequence (SQLite continues after the largest id).
        if (_postgreSql) Run("""SELECT setval(pg_get_serial_sequence('"HandoffEvents"', 'Id'), GREATEST((SELECT MAX("Id") FROM "HandoffEvents"), 1))""");
        _transaction.Commit();
    }

    /// <summary>A list column as EF Core stores it: a JSON array on SQLite, a text array on PostgreSQL.</summary>
    private object List(params string[] items) =>
        _postgreSql ? items : System.Text.Json.JsonSerializer.Serialize(items);

    private void RunForConversation(string conversationId, string sql, params object?[] values)
    {
        if (_conversations.Contains(conversationId)) Run(sql, values);
        else
        {
            if (!_waiting.TryGetValue(conversationId, out var rows)) _waiting[conversationId] = rows = [];
            rows.Add((sql, values));
        }
    }

    private void Run(string sql, params object?[] values)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = _connection.CreateCommand();
            command.Transaction = _transaction;
            command.CommandText = sql;
            for (var i = 0; i < values.Length; i++)
            {
                // SQLite names $1, $2…; Npgsql binds unnamed parameters to them by position.
                var parameter = command.CreateParameter();
                if (!_postgreSql) parameter.ParameterName = $"${i + 1}";
                command.Parameters.Add(parameter);
            }
            // PostgreSQL would fix each parameter's type at the first execution, and a column is sometimes null.
            if (!_postgreSql) command.Prepare();
            _commands[sql] = command;
        }
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values) command.Dispose();
        _transaction.Dispose();
        _connection.Dispose();
    }
}

/// <summary>A handoff row as the handoff store leaves it; the audit events are written separately.</summary>
public sealed record HandoffRow(Guid Id, string ConversationId, Guid CustomerId, string Status, string Rule, string Team, DateTimeOffset RequestedAt)
{
    public string? Owner { get; init; }
    public DateTimeOffset? ClaimedAt { get; init; }
    public DateTimeOffset? FirstAgentReplyAt { get; init; }
    public DateTimeOffset? SlaBreachedAt { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }
    public int Transfers { get; init; }
    public int? CsatScore { get; init; }
    public DateTimeOffset? CsatAskedAt { get; init; }
}
