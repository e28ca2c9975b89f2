"""A tiny todo-list manager backed by a JSON file.

Usage:
    todo add "Buy milk" --due 2024-05-01 --priority high
    todo list [--all]
    todo done 3
    todo remove 3
"""

import json
import os
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Optional

import click

DEFAULT_DB = Path(os.environ.get("TODO_FILE", Path.home() / ".todo.json"))
PRIORITIES = ("low", "normal", "high")


@dataclass
class Task:
    id: int
    title: str
    priority: str = "normal"
    due: Optional[str] = None
    done: bool = False
    created: str = field(default_factory=lambda: datetime.now().isoformat(timespec="seconds"))

    @property
    def overdue(self) -> bool:
        return bool(self.due) and not self.done and date.fromisoformat(self.due) < date.today()


class TaskStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.tasks: list[Task] = []
        if path.exists():
            raw = json.loads(path.read_text(encoding="utf-8") or "[]")
            self.tasks = [Task(**item) for item in raw]

    def save(self) -> None:
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps([asdict(t) for t in self.tasks], indent=2), encoding="utf-8")
        tmp.replace(self.path)

    def next_id(self) -> int:
        return max((t.id for t in self.tasks), default=0) + 1

    def find(self, task_id: int) -> Task:
        for task in self.tasks:
            if task.id == task_id:
                return task
        raise click.ClickException(f"no task with id {task_id}")


@click.group()
@click.option("--file", "db_path", type=click.Path(path_type=Path), default=DEFAULT_DB, show_default=True)
@click.pass_context
def cli(ctx: click.Context, db_path: Path) -> None:
    """Manage a simple todo list."""
    ctx.obj = TaskStore(db_path)


@cli.command()
@click.argument("title")
@click.option("--due", help="Due date as YYYY-MM-DD.")
@click.option("--priority", type=click.Choice(PRIORITIES), default="normal")
@click.pass_obj
def add(store: TaskStore, title: str, due: Optional[str], priority: str) -> None:
    """Add a new task."""
    if due:
        try:
            date.fromisoformat(due)
        except ValueError:
            raise click.BadParameter("expected YYYY-MM-DD", param_hint="--due")
    task = Task(id=store.next_id(), title=title, priority=priority, due=due)
    store.tasks.append(task)
    store.save()
    click.echo(f"Added #{task.id}: {task.title}")


@cli.command("list")
@click.option("--all", "show_all", is_flag=True, help="Include completed tasks.")
@click.pass_obj
def list_tasks(store: TaskStore, show_all: bool) -> None:
    """List tasks, highest priority first."""
    tasks = [t for t in store.tasks if show_all or not t.done]
    if not tasks:
        click.echo("Nothing to do.")
        return
    tasks.sort(key=lambda t: (t.done, -PRIORITIES.index(t.priority), t.due or "9999"))
    for t in tasks:
        mark = "x" if t.done else " "
        due = f" (due {t.due})" if t.due else ""
        line = f"[{mark}] #{t.id:<3} {t.title}{due}"
        color = "red" if t.overdue else ("yellow" if t.priority == "high" else None)
        click.secho(line, fg=color, dim=t.done)


@cli.command()
@click.argument("task_id", type=int)
@click.pass_obj
def done(store: TaskStore, task_id: int) -> None:
    """Mark a task as completed."""
    store.find(task_id).done = True
    store.save()
    click.echo(f"Completed #{task_id}")


@cli.command()
@click.argument("task_id", type=int)
@click.confirmation_option(prompt="Really delete this task?")
@click.pass_obj
def remove(store: TaskStore, task_id: int) -> None:
    """Delete a task."""
    store.tasks.remove(store.find(task_id))
    store.save()
    click.echo(f"Removed #{task_id}")


if __name__ == "__main__":
    cli()
