using Markdig;
using Microsoft.AspNetCore.Components;

namespace ConversationalCare.HandoffConsole.Conversation;

/// <summary>
/// Shows bot answers as the customer saw them (lists, bold, links) rather than raw Markdown. Raw HTML in an
/// article is escaped, so a content owner's typo cannot inject markup into the agents' console.
/// </summary>
internal static class BotMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UseReferralLinks("noopener", "noreferrer")
        .Build();

    public static MarkupString Render(string markdown) => new(Markdown.ToHtml(markdown, Pipeline));
}
