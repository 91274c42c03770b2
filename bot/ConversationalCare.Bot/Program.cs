using ConversationalCare.Bot;
using ConversationalCare.Bot.Evaluation;
using ConversationalCare.HandoffConsole;
using ConversationalCare.Knowledge;

// `-- eval retrieval|intent|emotion|understanding ...` measures the models instead of starting the host.
if (args is ["eval", ..]) return await EvaluationCommand.RunAsync(args[1..], Console.Out);

var builder = WebApplication.CreateBuilder(args);
builder.AddKnowledge();
builder.AddBot();
builder.AddHandoffConsole();

var app = builder.Build();
app.MapChannels();
app.MapHandoffConsole();
app.Run();
return 0;

/// <summary>Visible to integration tests, which host the real application.</summary>
public partial class Program;
