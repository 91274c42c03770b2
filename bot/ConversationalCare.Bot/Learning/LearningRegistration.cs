using ConversationalCare.Bot.Leases;
using ConversationalCare.HandoffConsole.Curation;

namespace ConversationalCare.Bot.Learning;

/// <summary>Registers the learning loop: gaps, ratings and suggested phrasings for content owners; BotModule calls it.</summary>
public static class LearningRegistration
{
    public static IServiceCollection AddLearning(this IServiceCollection services)
    {
        services.AddSingleton<GapReader>();
        services.AddSingleton<AlternatePhrasing>();
        services.AddSingleton<IKnowledgeFeedback, KnowledgeFeedback>();
        services.AddSingleton<ResolutionReader>();
        services.AddLeasedWork<ResolutionLearner>(ResolutionLearner.CursorName);
        return services;
    }
}
