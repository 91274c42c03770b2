using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ConversationalCare.Bot.Conversations.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MessageUnderstanding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Emotion",
                table: "Activities",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "EmotionIntensity",
                table: "Activities",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Intent",
                table: "Activities",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "IntentConfidence",
                table: "Activities",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Sentiment",
                table: "Activities",
                type: "REAL",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Emotion",
                table: "Activities");

            migrationBuilder.DropColumn(
                name: "EmotionIntensity",
                table: "Activities");

            migrationBuilder.DropColumn(
                name: "Intent",
                table: "Activities");

            migrationBuilder.DropColumn(
                name: "IntentConfidence",
                table: "Activities");

            migrationBuilder.DropColumn(
                name: "Sentiment",
                table: "Activities");
        }
    }
}
