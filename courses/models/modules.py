from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from courses.blocks import ModuleBodyBlock, QuizBlock
from courses.choices import QuizReveal
from home.models import RegionScopedPage, TransliteratedSlugPage
from korus_site.core.routing import view


class ModuleIndexPage(TransliteratedSlugPage, RegionScopedPage, Page):
    """A module library: /moduler/ nationally, /<region>/moduler/ for a region's own modules."""

    intro = models.TextField(_("introduction"), max_length=600, blank=True)

    parent_page_types = ["home.HomePage", "home.RegionPage"]
    subpage_types = ["courses.ModulePage"]
    max_count_per_parent = 1
    template = "courses/module_index_page.html"

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    class Meta:
        verbose_name = _("module library")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        modules = ModulePage.objects.live().public().order_by("title")
        if self.region_id:
            modules = modules.filter(region_id=self.region_id)
        context["modules"] = modules.select_related("region")
        return context


class ModulePage(RoutablePageMixin, TransliteratedSlugPage, RegionScopedPage, Page):
    """A learning module: content in parts, then a quiz with feedback on every answer."""

    intro = models.TextField(_("introduction"), max_length=600)
    minutes = models.PositiveSmallIntegerField(_("estimated minutes"), default=20)
    body = StreamField(ModuleBodyBlock(), verbose_name=_("content"), blank=True)
    questions = StreamField(QuizBlock(), verbose_name=_("quiz"), blank=True)
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"), default=80, help_text=_("The share of questions that must be answered right.")
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("attempts allowed"), null=True, blank=True, help_text=_("Leave empty for unlimited attempts.")
    )
    shuffle = models.BooleanField(_("shuffle questions and answers"), default=False)
    reveal_on_fail = models.CharField(
        _("after a failed attempt, show"),
        max_length=12,
        choices=QuizReveal.choices,
        default=QuizReveal.FEEDBACK,
        help_text=_("The right answers are always shown once the person passes or has no attempts left."),
    )

    parent_page_types = ["courses.ModuleIndexPage"]
    subpage_types: list[str] = []
    template = "courses/module_page.html"

    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("minutes"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("pass_mark"), FieldPanel("max_attempts")]),
                FieldPanel("shuffle"),
                FieldPanel("reveal_on_fail"),
                FieldPanel("questions"),
            ],
            heading=_("Quiz"),
        ),
    ]

    class Meta:
        verbose_name = _("learning module")
        verbose_name_plural = _("learning modules")

    def clean(self):
        super().clean()
        if self.pass_mark is not None and not 1 <= self.pass_mark <= 100:
            raise ValidationError({"pass_mark": _("The pass mark is a percentage from 1 to 100.")})

    @cached_property
    def parts(self) -> list[dict]:
        """The content split into parts at each "new part" block: [{"heading", "blocks"}]."""
        parts: list[dict] = []
        for block in self.body:
            if block.block_type == "section":
                parts.append({"heading": block.value["heading"], "blocks": []})
                continue
            if not parts:
                parts.append({"heading": self.title, "blocks": []})
            parts[-1]["blocks"].append(block)
        return parts or [{"heading": self.title, "blocks": []}]

    def passes(self, percent: int) -> bool:
        """Whether a score (percent right, 0–100) passes this module's quiz: at least the pass mark."""
        return percent >= self.pass_mark

    def reveals(self, *, passed: bool, attempts_left: int | None) -> tuple[bool, bool]:
        """What a result page shows: (the right answers, the feedback on the answers chosen).

        ``passed`` is whether the person has passed this quiz in any attempt; ``attempts_left``
        is None for unlimited attempts. A failed attempt shows what ``reveal_on_fail`` says
        while the person may still try again (issue 14: a retake must not be copying);
        once they have passed or have no attempts left, it shows everything.
        """
        if passed or attempts_left == 0 or self.reveal_on_fail == QuizReveal.EVERYTHING:
            return True, True
        return False, self.reveal_on_fail == QuizReveal.FEEDBACK

    @path("")
    def read(self, request):
        return view("courses.views.modules.module_part")(request, self)

    @path("refleksjon/")
    def reflection(self, request):
        return view("courses.views.modules.save_reflection")(request, self)

    @path("quiz/")
    def quiz(self, request):
        return view("courses.views.modules.take_quiz")(request, self)

    @re_path(r"^quiz/resultat/(?P<attempt_id>\d+)/$")
    def result(self, request, attempt_id):
        return view("courses.views.modules.quiz_result")(request, self, int(attempt_id))


class SeriesModule(Orderable):
    """A module a series asks its participants to do, due before one of its gatherings."""

    series = ParentalKey("courses.CourseSeriesPage", related_name="series_modules", on_delete=models.CASCADE)
    module = models.ForeignKey(ModulePage, verbose_name=_("module"), on_delete=models.PROTECT, related_name="+")
    due_before = models.PositiveSmallIntegerField(
        _("due before gathering number"), default=1, help_text=_("1 for the first gathering, 2 for the second …")
    )
    required = models.BooleanField(_("required for completion"), default=True)

    panels = [FieldPanel("module"), FieldRowPanel([FieldPanel("due_before"), FieldPanel("required")])]

    class Meta(Orderable.Meta):
        verbose_name = _("module in the series")
        verbose_name_plural = _("modules in the series")

    def __str__(self):
        return str(self.module)


class ModuleProgress(models.Model):
    """Where a participant is in a module's content, so they can pick up where they left off."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="module_progress")
    module = models.ForeignKey(ModulePage, on_delete=models.CASCADE, related_name="progress")
    last_part = models.PositiveSmallIntegerField(_("last part read"), default=1)
    started_at = models.DateTimeField(_("started"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("module progress")
        verbose_name_plural = _("module progress")
        constraints = [models.UniqueConstraint(fields=["user", "module"], name="one_progress_per_module")]

    def __str__(self):
        return f"{self.user} – {self.module}: {self.last_part}"


class ReflectionAnswer(models.Model):
    """A participant's private written answer to a reflection question. Only they can read it."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reflections")
    module = models.ForeignKey(ModulePage, on_delete=models.CASCADE, related_name="+")
    prompt_id = models.CharField(max_length=64)
    text = models.TextField(_("answer"), max_length=5000, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("reflection")
        verbose_name_plural = _("reflections")
        constraints = [
            models.UniqueConstraint(fields=["user", "module", "prompt_id"], name="one_reflection_per_prompt")
        ]

    def __str__(self):
        return f"{self.user} – {self.module}"


class QuizAttempt(models.Model):
    """One submitted quiz: the answers, the score, and the questions as they were then."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts")
    module = models.ForeignKey(ModulePage, on_delete=models.CASCADE, related_name="attempts")
    submitted_at = models.DateTimeField(_("submitted"), auto_now_add=True, db_index=True)
    answers = models.JSONField(_("answers"), default=dict)
    questions = models.JSONField(_("questions as asked"), default=list)
    correct = models.PositiveSmallIntegerField(_("right answers"))
    total = models.PositiveSmallIntegerField(_("questions"))
    score = models.PositiveSmallIntegerField(_("score (%)"))
    passed = models.BooleanField(_("passed"))

    class Meta:
        ordering = ["-submitted_at"]
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        indexes = [models.Index(fields=["user", "module"])]

    def __str__(self):
        return f"{self.user} – {self.module}: {self.score} %"
