using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json;
using ConversationalCare.HandoffConsole.Access;
using ConversationalCare.HandoffConsole.Curation;
using ConversationalCare.Knowledge;
using ConversationalCare.Knowledge.Articles;
using ConversationalCare.Knowledge.Curation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConversationalCare.HandoffConsole.Tests.Curation;

/// <summary>The export download on a test server with the real knowledge module; who is signed in comes from a header.</summary>
public sealed class ExportEndpointTests : IAsyncLifetime
{
    private readonly string directory = Directory.CreateTempSubdirectory("console-export-").FullName;
    private WebApplication app = null!;
    private HttpClient http = null!;

    private ArticleCuration Curation => app.Services.GetRequiredService<ArticleCuration>();

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration["ConversationalCare:DataDirectory"] = directory;
        builder.Configuration["ConversationalCare:Knowledge:SamplesDirectory"] = Directory.CreateDirectory(Path.Combine(directory, "no-samples")).FullName;
        builder.Configuration["ConversationalCare:Knowledge:RefreshSeconds"] = "0";
        builder.AddKnowledge();
        builder.Services.AddAuthentication(HeaderUser.SchemeName).AddScheme<AuthenticationSchemeOptions, HeaderUser>(HeaderUser.SchemeName, null);
        builder.Services.AddAuthorization();
        app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapCurationEndpoints();
        await app.StartAsync();
        http = app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
    }

    private Task<HttpResponseMessage> GetAsync(string path, string? user = "olivia", string role = ConsoleRoles.ContentOwner)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (user is not null)
        {
            request.Headers.Add(HeaderUser.UserHeader, user);
            request.Headers.Add(HeaderUser.RoleHeader, role);
        }
        return http.SendAsync(request);
    }

    private async Task AddAsync(string key, string question, string locale = "en-US")
    {
        var result = await Curation.CreateDraftAsync(key, locale, new ArticleContent("Orders", question, [], "An answer.", [], [], [], []), "maria");
        Assert.True(result.Succeeded, result.Reason);
    }

    [Fact]
    public async Task Downloads_the_filtered_articles_as_csv()
    {
        await AddAsync("en-parking", "Where can I park?");
        await AddAsync("zh-parking", "停车场在哪里？", "zh-CN");

        using var response = await GetAsync("/console/knowledge/export?format=csv&locale=zh-CN");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').ReplaceLineEndings("\n").Trim().Split('\n');
        Assert.Equal("key,locale,category,question,alternates,answer,tags", lines[0]);
        Assert.Equal(["zh-parking,zh-CN,Orders,停车场在哪里？,,An answer.,"], lines[1..]);
    }

    [Fact]
    public async Task Downloads_json_the_importer_reads_back()
    {
        await AddAsync("en-parking", "Where can I park?");

        using var response = await GetAsync("/console/knowledge/export?format=json&status=draft");

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("en-parking", Assert.Single(json.RootElement.EnumerateArray()).GetProperty("key").GetString());
    }

    [Fact]
    public async Task Refuses_an_unknown_format_with_problem_details()
    {
        using var response = await GetAsync("/console/knowledge/export?format=xlsx&status=lost");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("format", out _));
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("status", out _));
    }

    [Fact]
    public async Task Only_content_owners_may_export()
    {
        using var anonymous = await GetAsync("/console/knowledge/export?format=csv", user: null);
        using var agent = await GetAsync("/console/knowledge/export?format=csv", role: ConsoleRoles.Agent);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, agent.StatusCode);
    }

    /// <summary>Signs the request in as the user and role its headers name; stands in for the console's sign-in.</summary>
    private sealed class HeaderUser(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        public const string SchemeName = "Header";
        public const string UserHeader = "X-Test-User";
        public const string RoleHeader = "X-Test-Role";

        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            if (!Request.Headers.TryGetValue(UserHeader, out var user)) return Task.FromResult(AuthenticateResult.NoResult());
            var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, user.ToString()), new Claim(ClaimTypes.Role, Request.Headers[RoleHeader].ToString())], SchemeName);
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
        }
    }
}
