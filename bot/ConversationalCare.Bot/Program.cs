using ConversationalCare.Bot;
using ConversationalCare.Bot.Administration.People;
using ConversationalCare.Bot.Backups;
using ConversationalCare.Bot.Evaluation;
using ConversationalCare.HandoffConsole;
using ConversationalCare.Knowledge;

// `-- eval retrieval|intent|emotion|understanding ...` measures the models instead of starting the host.
if (args is ["eval", ..]) return await EvaluationCommand.RunAsync(args[1..], Console.Out);
// `-- admin add-user NAME --role admin` creates an account in the configured database instead of starting the host.
var admin = AdminCommand.Parse(args);
if (admin is (null, var usage)) { Console.Error.WriteLine(usage); return AdminCommand.Refused; }
// `-- backup --to FILE` / `-- restore --from FILE` copy the SQLite databases instead of starting the host.
var backup = BackupCommand.Parse(args);
if (backup is (null, var backupUsage)) { Console.Error.WriteLine(backupUsage); return BackupCommand.Refused; }

var builder = WebApplication.CreateBuilder(admin?.Command?.HostArgs ?? backup?.Command?.HostArgs ?? args);
if (admin is not null || backup is not null) builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.AddKnowledge();
builder.AddBot();
builder.AddHandoffConsole();

var app = builder.Build();
if (admin?.Command is { } command) return await command.RunAsync(app.Services, Console.In, Console.Out, Console.Error);
if (backup?.Command is { } copy) return await copy.RunAsync(app.Services, Console.Out, Console.Error);
app.MapChannels();
app.MapHandoffConsole();
app.Run();
return 0;

/// <summary>Visible to integration tests, which host the real application.</summary>
public partial class Program;
