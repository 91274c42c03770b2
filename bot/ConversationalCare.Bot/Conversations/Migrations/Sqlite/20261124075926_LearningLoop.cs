using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ConversationalCare.Bot.Conversations.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LearningLoop : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "GapDecisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Locale = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    NormalizedWording = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ArticleKey = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GapDecisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LearningCursors",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Position = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningCursors", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "PhrasingSuggestions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    HandoffEventId = table.Column<long>(type: "INTEGER", nullable: false),
                    ArticleKey = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Wording = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Locale = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Agent = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PhrasingSuggestions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_GapDecisions_Locale_NormalizedWording",
                table: "GapDecisions",
                columns: new[] { "Locale", "NormalizedWording" });

            migrationBuilder.CreateIndex(
                name: "IX_PhrasingSuggestions_HandoffEventId",
                table: "PhrasingSuggestions",
                column: "HandoffEventId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PhrasingSuggestions_Status_At",
                table: "PhrasingSuggestions",
                columns: new[] { "Status", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GapDecisions");

            migrationBuilder.DropTable(
                name: "LearningCursors");

            migrationBuilder.DropTable(
                name: "PhrasingSuggestions");
        }
    }
}
