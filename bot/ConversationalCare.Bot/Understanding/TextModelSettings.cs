using Microsoft.ML.Transforms.Text;

namespace ConversationalCare.Bot.Understanding;

/// <summary>
/// Knobs of a text model; the defaults were chosen by cross-validation on the shipped training data.
/// <paramref name="ChineseWordNgrams"/> is the n of Chinese word n-grams (segmented text), 0 for none.
/// </summary>
public sealed record TextModelSettings(
    float L2Regularization = 0.05f,
    int WordNgrams = 2,
    int CharNgrams = 3,
    NgramExtractingEstimator.WeightingCriteria Weighting = NgramExtractingEstimator.WeightingCriteria.Tf,
    int ChineseWordNgrams = 2);
