import { Router, Request, Response, NextFunction } from 'express';
import { z } from 'zod';
import { PrismaClient, Prisma } from '@prisma/client';

const prisma = new PrismaClient();
export const tasksRouter = Router();

const TaskStatus = z.enum(['todo', 'in_progress', 'done']);

const createTaskSchema = z.object({
  title: z.string().trim().min(1).max(200),
  description: z.string().max(5000).optional(),
  status: TaskStatus.default('todo'),
  dueDate: z.coerce.date().optional(),
  assigneeId: z.number().int().positive().optional(),
});

const updateTaskSchema = createTaskSchema.partial();

const listQuerySchema = z.object({
  status: TaskStatus.optional(),
  assigneeId: z.coerce.number().int().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  sort: z.enum(['createdAt', 'dueDate', 'title']).default('createdAt'),
});

// Wraps async handlers so rejected promises reach the error middleware.
const asyncHandler =
  (fn: (req: Request, res: Response, next: NextFunction) => Promise<unknown>) =>
  (req: Request, res: Response, next: NextFunction) =>
    fn(req, res, next).catch(next);

function parseId(raw: string): number {
  const id = Number(raw);
  if (!Number.isInteger(id) || id <= 0) {
    throw Object.assign(new Error('Invalid task id'), { status: 400 });
  }
  return id;
}

tasksRouter.get(
  '/',
  asyncHandler(async (req, res) => {
    const q = listQuerySchema.parse(req.query);
    const where: Prisma.TaskWhereInput = {
      projectId: req.user!.projectId,
      ...(q.status && { status: q.status }),
      ...(q.assigneeId && { assigneeId: q.assigneeId }),
    };
    const [items, total] = await prisma.$transaction([
      prisma.task.findMany({
        where,
        orderBy: { [q.sort]: q.sort === 'title' ? 'asc' : 'desc' },
        skip: (q.page - 1) * q.pageSize,
        take: q.pageSize,
        include: { assignee: { select: { id: true, name: true } } },
      }),
      prisma.task.count({ where }),
    ]);
    res.json({ items, total, page: q.page, pageSize: q.pageSize });
  }),
);

tasksRouter.post(
  '/',
  asyncHandler(async (req, res) => {
    const data = createTaskSchema.parse(req.body);
    const task = await prisma.task.create({
      data: { ...data, projectId: req.user!.projectId, createdById: req.user!.id },
    });
    res.status(201).location(`${req.baseUrl}/${task.id}`).json(task);
  }),
);

tasksRouter.get(
  '/:id',
  asyncHandler(async (req, res) => {
    const task = await prisma.task.findFirst({
      where: { id: parseId(req.params.id), projectId: req.user!.projectId },
      include: { assignee: true, comments: { orderBy: { createdAt: 'asc' } } },
    });
    if (!task) return res.status(404).json({ error: 'Task not found' });
    res.json(task);
  }),
);

tasksRouter.patch(
  '/:id',
  asyncHandler(async (req, res) => {
    const id = parseId(req.params.id);
    const data = updateTaskSchema.parse(req.body);
    const { count } = await prisma.task.updateMany({
      where: { id, projectId: req.user!.projectId },
      data,
    });
    if (count === 0) return res.status(404).json({ error: 'Task not found' });
    res.json(await prisma.task.findUnique({ where: { id } }));
  }),
);

tasksRouter.delete(
  '/:id',
  asyncHandler(async (req, res) => {
    const { count } = await prisma.task.deleteMany({
      where: { id: parseId(req.params.id), projectId: req.user!.projectId },
    });
    if (count === 0) return res.status(404).json({ error: 'Task not found' });
    res.status(204).end();
  }),
);

tasksRouter.use((err: unknown, _req: Request, res: Response, next: NextFunction) => {
  if (err instanceof z.ZodError) {
    return res.status(400).json({ error: 'Validation failed', issues: err.flatten().fieldErrors });
  }
  next(err);
});
