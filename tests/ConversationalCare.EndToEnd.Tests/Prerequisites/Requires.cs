namespace ConversationalCare.EndToEnd.Tests.Prerequisites;

/// <summary>What a test needs from outside .NET: the official Node clients, a browser, or servers.</summary>
[Flags]
public enum Requires
{
    /// <summary><c>node</c> on PATH and botframework-directlinejs installed by <c>npm ci</c>.</summary>
    DirectLineJS = 1,

    /// <summary>Chromium at CHROMIUM_PATH (default /usr/bin/chromium), driven by Playwright.</summary>
    Chromium = 2,

    /// <summary>botframework-webchat's UMD bundle installed by <c>npm ci</c>, rendered in Chromium.</summary>
    WebChat = 4 | Chromium,

    /// <summary>
    /// Several hosts behind nginx: a PostgreSQL server (CONVERSATIONALCARE_TEST_POSTGRES, allowed to create
    /// databases), Redis (CONVERSATIONALCARE_TEST_REDIS) and nginx on PATH, as .ci/run provides.
    /// </summary>
    Cluster = 8,
}
