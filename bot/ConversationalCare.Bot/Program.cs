using ConversationalCare.Bot;
using ConversationalCare.HandoffConsole;
using ConversationalCare.Knowledge;

var builder = WebApplication.CreateBuilder(args);
builder.AddKnowledge();
builder.AddBot();
builder.AddHandoffConsole();

var app = builder.Build();
app.MapChannels();
app.MapHandoffConsole();
app.Run();

/// <summary>Visible to integration tests, which host the real application.</summary>
public partial class Program;
