from courses.models import School
from home.models import Kommune


def find_or_create_school(*, orgnr: str, name: str, kommune: Kommune, school_type: str) -> School:
    """The school with this organisation number; created the first time it signs up.

    The register's own details win: an existing school keeps its name unless it had none.
    """
    school, created = School.objects.get_or_create(
        orgnr=orgnr, defaults={"name": name.strip(), "kommune": kommune, "school_type": school_type}
    )
    if not created and not school.name:
        school.name = name.strip()
        school.save(update_fields=["name"])
    return school
