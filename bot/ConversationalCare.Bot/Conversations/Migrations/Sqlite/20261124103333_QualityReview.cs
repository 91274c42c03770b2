using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ConversationalCare.Bot.Conversations.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class QualityReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "QualityReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    HandoffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Agent = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ResolvedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Week = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SampledAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Reviewer = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ClaimedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    GreetingScore = table.Column<int>(type: "INTEGER", nullable: true),
                    AccuracyScore = table.Column<int>(type: "INTEGER", nullable: true),
                    EmpathyScore = table.Column<int>(type: "INTEGER", nullable: true),
                    ResolutionScore = table.Column<int>(type: "INTEGER", nullable: true),
                    ClosingScore = table.Column<int>(type: "INTEGER", nullable: true),
                    PrivacyScore = table.Column<int>(type: "INTEGER", nullable: true),
                    GreetingComment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AccuracyComment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    EmpathyComment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ResolutionComment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ClosingComment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PrivacyComment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QualityReviews", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_QualityReviews_Agent_Status_ResolvedAt",
                table: "QualityReviews",
                columns: new[] { "Agent", "Status", "ResolvedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_QualityReviews_HandoffId",
                table: "QualityReviews",
                column: "HandoffId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_QualityReviews_Status_ResolvedAt",
                table: "QualityReviews",
                columns: new[] { "Status", "ResolvedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_QualityReviews_Week",
                table: "QualityReviews",
                column: "Week");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "QualityReviews");
        }
    }
}
