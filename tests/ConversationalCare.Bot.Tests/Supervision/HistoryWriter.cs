using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ConversationalCare.Bot.Tests.Supervision;

/// <summary>
/// Writes a conversation history straight into a migrated care database with plain SQL (prepared statements, one
/// transaction), in the exact shapes EF Core stores: upper-case GUID text, times as DateTimeOffset binary ticks.
/// The KPI tests use it for hand-computed histories and the KPI benchmark for 100,000 generated conversations.
/// </summary>
public sealed class HistoryWriter : IDisposable
{
    private static readonly Func<DateTimeOffset, long> Ticks = new DateTimeOffsetToBinaryConverter().ConvertToProviderExpression.Compile();
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly Dictionary<string, SqliteCommand> _commands = [];

    public HistoryWriter(string connectionString)
    {
        _connection = new SqliteConnection(connectionString);
        _connection.Open();
        _transaction = _connection.BeginTransaction();
        // A conversation's row may follow its activities (its last activity is known only then); check at commit.
        using var defer = _connection.CreateCommand();
        defer.Transaction = _transaction;
        defer.CommandText = "PRAGMA defer_foreign_keys = ON";
        defer.ExecuteNonQuery();
    }

    public static object Time(DateTimeOffset at) => Ticks(at);
    private static object Time(DateTimeOffset? at) => at is { } value ? Ticks(value) : DBNull.Value;
    private static string Id(Guid id) => id.ToString().ToUpperInvariant();

    public Guid Customer(string channelUserId, DateTimeOffset firstSeen, string channel = "directline", string? name = null)
    {
        var id = Guid.NewGuid();
        Run("INSERT INTO Customers (Id, ChannelId, ChannelUserId, Name, Locale, FirstSeenAt, LastSeenAt, Tier) VALUES ($1,$2,$3,$4,NULL,$5,$5,'standard')",
            Id(id), channel, channelUserId, name, Time(firstSeen));
        return id;
    }

    public void Conversation(string id, Guid customer, DateTimeOffset startedAt, DateTimeOffset lastActivityAt, string locale = "en-US",
        string channel = "directline", string? externalId = null) =>
        Run("INSERT INTO Conversations (Id, ChannelId, ExternalId, CustomerId, Status, Locale, LastSequence, StartedAt, LastActivityAt) VALUES ($1,$2,$3,$4,'Active',$5,0,$6,$7)",
            id, channel, externalId, Id(customer), locale, Time(startedAt), Time(lastActivityAt));

    /// <summary>A message (or other activity) from "user", "bot" or "agent"; customer messages carry their intent.</summary>
    public void Activity(string conversationId, long sequence, string fromRole, DateTimeOffset at, string? intent = null, string type = "message",
        string? text = null) =>
        Run("INSERT INTO Activities (ConversationId, Sequence, ActivityId, Type, FromRole, Text, Json, Timestamp, Intent) VALUES ($1,$2,$3,$4,$5,$6,'{}',$7,$8)",
            conversationId, sequence, $"{conversationId}|{sequence:D7}", type, fromRole, text ?? (type == "message" ? "…" : null), Time(at), intent);

    public void Handoff(HandoffRow h) =>
        Run("""
            INSERT INTO Handoffs (Id, ConversationId, CustomerId, Status, Rule, ReasonDetail, Priority, Team, Locale, RequestedAt, QueuedAt,
              FirstResponseDueAt, Owner, ClaimedAt, FirstAgentReplyAt, SlaBreachedAt, ClosedAt, TransferCount, CsatScore, CsatAskedAt, Version)
            VALUES ($1,$2,$3,$4,$5,'',2,$6,'en-US',$7,NULL,$8,$9,$10,$11,$12,$13,$14,$15,$16,1)
            """,
            Id(h.Id), h.ConversationId, Id(h.CustomerId), h.Status, h.Rule, h.Team, Time(h.RequestedAt), Time(h.RequestedAt.AddMinutes(3)),
            h.Owner, Time(h.ClaimedAt), Time(h.FirstAgentReplyAt), Time(h.SlaBreachedAt), Time(h.ClosedAt), h.Transfers,
            h.CsatScore is { } score ? score : DBNull.Value, Time(h.CsatAskedAt));

    public void Event(Guid handoffId, string conversationId, string kind, string? actor, DateTimeOffset at) =>
        Run("INSERT INTO HandoffEvents (HandoffId, ConversationId, Kind, Actor, Detail, At) VALUES ($1,$2,$3,$4,NULL,$5)",
            Id(handoffId), conversationId, kind, actor, Time(at));

    public void Agent(string userName, int capacity, DateTimeOffset now) =>
        Run("INSERT OR REPLACE INTO Agents (UserName, DisplayName, Teams, Languages, Capacity, Status, StatusChangedAt) VALUES ($1,$1,'[\"general\"]','[]',$2,'Offline',$3)",
            userName, capacity, Time(now));

    /// <summary>Any other change, such as a handoff the desk updates later.</summary>
    public void Sql(string sql) => Run(sql);

    public void Commit() => _transaction.Commit();

    private void Run(string sql, params object?[] values)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = _connection.CreateCommand();
            command.Transaction = _transaction;
            command.CommandText = sql;
            for (var i = 0; i < values.Length; i++) command.Parameters.Add(new SqliteParameter($"${i + 1}", null));
            command.Prepare();
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
