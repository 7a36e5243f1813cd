/// The country a whole article is about, for figures whose sentence names none.
struct ArticlePlace: Sendable, Equatable {
    var code: String?
    /// Read from a wire story's dateline ("PARIS, March 18 -"): the story is filed from the
    /// country it reports on, so each of its figures is that country's unless it says otherwise.
    var fromDateline = false
    /// The lead names a company ("Norvale Foods Inc said its sales ..."): the story's figures are
    /// the company's, which have no country.
    var isCompanyStory = false
    /// Read from a headline about a country ("China 'blocks news site'", "Podcast listening
    /// soars in Canada"): the story is that country's.
    var fromHeadline = false

    /// The country any figure of the story takes when its sentence names none: only a wire
    /// story's about a country, never a company's, or a story whose headline is a country's.
    var forEveryFigure: String? { (fromDateline && !isCompanyStory) || fromHeadline ? code : nil }
}
