"""StreamField blocks of learning modules: the content, and the quiz questions."""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks import StructBlockValidationError

from home.blocks import DocumentLinkBlock, FactBoxBlock, FigureBlock, QuoteBlock, VideoBlock

SIMPLE_RICH_TEXT = ["bold", "italic", "ol", "ul", "link"]


class SectionBlock(blocks.StructBlock):
    """Starts a new part of the module; participants move through the parts one at a time."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=150)

    class Meta:
        icon = "title"
        label = _("New part")
        template = "courses/blocks/section.html"


class SignalListBlock(blocks.StructBlock):
    """Yellow signs to watch and talk about; red signs that call for action now."""

    title = blocks.CharBlock(label=_("Title"), max_length=150)
    intro = blocks.TextBlock(label=_("Introduction"), required=False)
    yellow = blocks.ListBlock(blocks.CharBlock(label=_("Sign")), label=_("Yellow: watch and talk"))
    red = blocks.ListBlock(blocks.CharBlock(label=_("Sign")), label=_("Red: act now"))
    advice = blocks.RichTextBlock(label=_("What to do"), features=SIMPLE_RICH_TEXT, required=False)

    class Meta:
        icon = "warning"
        label = _("Signal list")
        template = "courses/blocks/signal_list.html"


class ReflectionBlock(blocks.StructBlock):
    """A question the participant answers in writing; answers are private to the participant."""

    prompt = blocks.TextBlock(label=_("Question for reflection"))
    help = blocks.CharBlock(label=_("Help text"), required=False)

    class Meta:
        icon = "edit"
        label = _("Reflection")
        template = "courses/blocks/reflection.html"


class ModuleBodyBlock(blocks.StreamBlock):
    section = SectionBlock()
    paragraph = blocks.RichTextBlock(
        features=["h3", "bold", "italic", "ol", "ul", "link", "document-link"],
        label=_("Text"),
        template="blocks/paragraph.html",
    )
    image = FigureBlock()
    video = VideoBlock()
    document = DocumentLinkBlock()
    fact_box = FactBoxBlock()
    quote = QuoteBlock()
    signal_list = SignalListBlock()
    reflection = ReflectionBlock()


# Quiz --------------------------------------------------------------------------------------


class OptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Answer"), max_length=300)
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)
    feedback = blocks.TextBlock(label=_("Feedback"), help_text=_("Why this answer is right or wrong."))

    class Meta:
        icon = "radio-full"
        label = _("Answer")


class ChoiceQuestionBlock(blocks.StructBlock):
    question = blocks.TextBlock(label=_("Question"))
    options = blocks.ListBlock(OptionBlock(), min_num=2, label=_("Answers"))
    explanation = blocks.TextBlock(label=_("Explanation"), required=False, help_text=_("Shown with the result."))

    class Meta:
        multiple = False  # may more than one answer be correct?

    def clean(self, value):
        value = super().clean(value)
        correct = [option for option in value["options"] if option["correct"]]
        if not correct:
            raise StructBlockValidationError(
                block_errors={"options": ErrorList([ValidationError(_("Mark at least one answer as correct."))])}
            )
        if not self.meta.multiple and len(correct) > 1:
            raise StructBlockValidationError(
                block_errors={
                    "options": ErrorList(
                        [ValidationError(_("A single-choice question has exactly one correct answer."))]
                    )
                }
            )
        return value


class TrueFalseBlock(blocks.StructBlock):
    question = blocks.TextBlock(label=_("Statement"))
    answer = blocks.BooleanBlock(label=_("The statement is true"), required=False)
    feedback_true = blocks.TextBlock(label=_("Feedback to those who answer “true”"))
    feedback_false = blocks.TextBlock(label=_("Feedback to those who answer “false”"))
    explanation = blocks.TextBlock(label=_("Explanation"), required=False)

    class Meta:
        icon = "tick"
        label = _("True or false")


class QuizBlock(blocks.StreamBlock):
    single_choice = ChoiceQuestionBlock(multiple=False, label=_("Single choice"), icon="radio-full")
    multiple_choice = ChoiceQuestionBlock(multiple=True, label=_("Multiple choice"), icon="list-ul")
    true_false = TrueFalseBlock()

    class Meta:
        label = _("Questions")
