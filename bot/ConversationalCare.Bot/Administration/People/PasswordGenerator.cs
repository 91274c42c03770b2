using System.Security.Cryptography;

namespace ConversationalCare.Bot.Administration.People;

/// <summary>Passwords shown once to an admin: long, random, and with every character class Identity asks for.</summary>
public static class PasswordGenerator
{
    private const string Lower = "abcdefghijkmnpqrstuvwxyz";
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Digits = "23456789";

    public static string Generate(int length = 16)
    {
        var all = Lower + Upper + Digits;
        var chars = new List<char> { Pick(Lower), Pick(Upper), Pick(Digits) };
        while (chars.Count < length) chars.Add(Pick(all));
        return new string([.. chars.OrderBy(_ => RandomNumberGenerator.GetInt32(int.MaxValue))]);
    }

    private static char Pick(string from) => from[RandomNumberGenerator.GetInt32(from.Length)];
}
