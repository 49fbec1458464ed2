from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock
from wagtail.rich_text import get_text_for_indexing

RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link", "hr"]


class TextRichTextBlock(blocks.RichTextBlock):
    """Rich text that must hold some text when it is required.

    Wagtail's own check only asks for a non-empty value, and an empty paragraph
    (``<p></p>``, what the editor sends when "Text" was added but nothing written) is not
    empty. Saved once, it then fails as "required" when the next person saves the page —
    a lead could not approve a news item an editor had submitted. Raises ValidationError.
    """

    def clean(self, value):
        value = super().clean(value)
        source = value.source or ""
        if self.required and not get_text_for_indexing(source).strip() and "<embed" not in source:
            raise ValidationError(self.field.error_messages["required"], code="required")
        return value


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(choices=[("h2", _("Level 2")), ("h3", _("Level 3"))], default="h2", label=_("Level"))

    class Meta:
        icon = "title"
        template = "blocks/heading.html"
        label = _("Heading")


class FigureBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(required=False, label=_("Caption"), max_length=300)

    class Meta:
        icon = "image"
        template = "blocks/figure.html"
        label = _("Image")


class FactBoxBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.RichTextBlock(features=["bold", "italic", "ol", "ul", "link"], label=_("Text"))

    class Meta:
        icon = "info-circle"
        template = "blocks/fact_box.html"
        label = _("Fact box")


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(required=False, label=_("Link text"), help_text=_("Defaults to the document's title."))

    class Meta:
        icon = "doc-full"
        template = "blocks/document.html"
        label = _("Document")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    source = blocks.CharBlock(required=False, label=_("Source"))

    class Meta:
        icon = "openquote"
        template = "blocks/quote.html"
        label = _("Quote")


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("Video address"), help_text=_("A YouTube or Vimeo address."))
    title = blocks.CharBlock(label=_("Title"), help_text=_("Describes the video for screen readers."))
    transcript = blocks.RichTextBlock(required=False, features=["bold", "italic", "link"], label=_("Transcript"))

    class Meta:
        icon = "media"
        template = "blocks/video.html"
        label = _("Video")


class RetentionRulesBlock(blocks.StaticBlock):
    """The retention rules as the platform applies them, for the privacy page: never out of step."""

    def get_context(self, value, parent_context=None):
        from django.urls import reverse

        from korus_site.accounts import own_data
        from korus_site.core import retention

        return {
            **super().get_context(value, parent_context),
            "rules": retention.rules(),
            "erasures": own_data.erasures(),
            "data_url": reverse("accounts:my_data"),
            "delete_url": reverse("accounts:delete"),
        }

    class Meta:
        label = _("How long personal data is kept")
        admin_text = _("Lists the retention rules exactly as the platform applies them.")
        icon = "time"
        template = "blocks/retention_rules.html"


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = TextRichTextBlock(features=RICH_TEXT_FEATURES, label=_("Text"), template="blocks/paragraph.html")
    image = FigureBlock()
    fact_box = FactBoxBlock()
    quote = QuoteBlock()
    document = DocumentLinkBlock()
    video = VideoBlock()
    retention_rules = RetentionRulesBlock()

    class Meta:
        label = _("Content")
